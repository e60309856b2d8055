using Appointments.Domain.Common;
using Appointments.Domain.Districts;

namespace Appointments.Domain.Booking;

/// <summary>A unit's reservation of a reservation-room session for a declared batch.</summary>
public class Booking
{
    private readonly List<BookingLine> _lines = [];

    private Booking() { }

    public Booking(string reference, int districtId, int unitId, RoomSession session, IEnumerable<BookingLine> lines,
        ThresholdChange? judgedBy, BookingChannel channel, string actorId, string actorName, DateTime nowUtc, Guid idempotencyKey)
    {
        Reference = reference;
        DistrictId = districtId;
        UnitId = unitId;
        SessionId = session.Id;
        Session = session;
        _lines.AddRange(lines);
        TotalVolume = _lines.Sum(l => l.Volume);
        ThresholdChangeId = judgedBy?.Id;
        JudgedBy = judgedBy?.Thresholds ?? ThresholdSet.None;
        Channel = channel;
        CreatedById = actorId;
        CreatedByName = actorName;
        CreatedAtUtc = nowUtc;
        IdempotencyKey = idempotencyKey;
    }

    public int Id { get; private set; }
    public string Reference { get; private set; } = "";
    public int DistrictId { get; private set; }
    public int UnitId { get; private set; }
    public int SessionId { get; private set; }
    public RoomSession Session { get; private set; } = null!;
    public IReadOnlyList<BookingLine> Lines => _lines;
    public int TotalVolume { get; private set; }
    public BookingStatus Status { get; private set; } = BookingStatus.Active;
    public BookingChannel Channel { get; private set; }

    /// <summary>The threshold version in force when the booking was made, and its values.</summary>
    public int? ThresholdChangeId { get; private set; }
    public ThresholdSet JudgedBy { get; private set; } = ThresholdSet.None;

    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedById { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTime? ChangedAtUtc { get; private set; }
    public string? ChangedByName { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>Set by the submitting form, so that a double submit finds the booking it already made.</summary>
    public Guid IdempotencyKey { get; private set; }

    public ThresholdVerdict Verdict => ThresholdRule.Judge(JudgedBy, _lines.Select(l => l.AsDeclared()));

    public bool IsActive => Status == BookingStatus.Active;

    public DateTime? CheckedInAtUtc { get; private set; }
    public int? VisitId { get; private set; }

    public Result CheckIn(int visitId, DateTime nowUtc)
    {
        if (!IsActive)
        {
            return NotActive();
        }

        Status = BookingStatus.CheckedIn;
        VisitId = visitId;
        CheckedInAtUtc = nowUtc;
        Sequence++;
        return Result.Ok();
    }

    /// <summary>A new reference, when the one drawn is already taken (see <see cref="BookingReference"/>).</summary>
    public void Renumber(string reference) => Reference = reference;

    public Result MoveTo(RoomSession session, string actorName, DateTime nowUtc)
    {
        if (!IsActive)
        {
            return NotActive();
        }

        SessionId = session.Id;
        Session = session;
        Touch(actorName, nowUtc);
        return Result.Ok();
    }

    public Result Cancel(string actorName, DateTime nowUtc)
    {
        if (!IsActive)
        {
            return NotActive();
        }

        Status = BookingStatus.Cancelled;
        Touch(actorName, nowUtc);
        return Result.Ok();
    }

    private void Touch(string actorName, DateTime nowUtc)
    {
        ChangedAtUtc = nowUtc;
        ChangedByName = actorName;
        Sequence++;
    }

    private Result NotActive() => Result.Refuse("Booking.NotActive", DomainText.Get($"BookingStatus.{Status}"));
}
