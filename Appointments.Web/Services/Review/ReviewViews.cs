using Appointments.Domain.Documents;
using Appointments.Domain.Processing;
using Appointments.Domain.Review;

namespace Appointments.Web.Services.Review;

/// <summary>A pending receipt in a reviewer's inbox or the admin's backlog.</summary>
public sealed record ReceiptItem(string Number, string Holder, DateTime IssuedAtUtc, DateOnly? PickupDate, int PendingLevel, int Pending, bool Overdue);

/// <summary>A receipt opened for review or for handing over its result.</summary>
public sealed record ReceiptDetail(Document Receipt, string Holder, string HolderCode, ReceiptRoute Route,
    IReadOnlyList<Matter> Matters, IReadOnlyDictionary<int, IReadOnlyList<string>> MaterialsByType,
    IReadOnlyList<ReviewDecision> Decisions, IReadOnlyList<Document> Answers);

/// <summary>One level of the admin's backlog.</summary>
public sealed record BacklogLevel(int Level, int Receipts, int Matters, TimeSpan? OldestAge, int Overdue);
