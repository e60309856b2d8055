using Appointments.Domain.Catalog;
using Appointments.Domain.Common;

namespace Appointments.Domain.Hall;

/// <summary>A queue ticket (号码单) for one position of the service hall.</summary>
public class Ticket
{
    private Ticket() { }

    public Ticket(int districtId, int visitId, DateOnly date, CounterPosition position, int number, DateTime nowUtc)
    {
        DistrictId = districtId;
        VisitId = visitId;
        Date = date;
        Position = position;
        Number = number;
        Code = TicketCode.Format(position, number);
        IssuedAtUtc = nowUtc;
        QueuedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public int VisitId { get; private set; }
    public DateOnly Date { get; private set; }
    public CounterPosition Position { get; private set; }
    public int Number { get; private set; }
    public string Code { get; private set; } = "";
    public TicketStatus Status { get; private set; } = TicketStatus.Waiting;
    public DateTime IssuedAtUtc { get; private set; }

    /// <summary>When it joined its current queue: issue time, kept across a transfer so the handler does not start again at the back.</summary>
    public DateTime QueuedAtUtc { get; private set; }
    public DateTime? CalledAtUtc { get; private set; }
    public int CallCount { get; private set; }
    public int? WindowId { get; private set; }
    public string? WindowName { get; private set; }
    public DateTime? ServedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public int Version { get; private set; }

    public Result Apply(TicketAction action, IReadOnlySet<string> roles, DateTime nowUtc, int noShowAfterCalls,
        CounterPosition? transferTo = null)
    {
        var next = TicketTransitions.Next(Status, action, roles);
        if (!next.Succeeded)
        {
            return next;
        }

        switch (action)
        {
            case TicketAction.Recall:
                CallCount++;
                CalledAtUtc = nowUtc;
                break;
            case TicketAction.NoShow when CallCount < noShowAfterCalls:
                return Result.Refuse("Ticket.TooFewCalls", CallCount, noShowAfterCalls);
            case TicketAction.Serve:
                ServedAtUtc = nowUtc;
                break;
            case TicketAction.Finish or TicketAction.NoShow:
                FinishedAtUtc = nowUtc;
                break;
            case TicketAction.Transfer:
                if (transferTo is not { } to || to == Position)
                {
                    return Result.Refuse("Ticket.TransferTarget");
                }

                Position = to;
                WindowId = null;
                WindowName = null;
                CallCount = 0;
                break;
        }

        Status = next.Value;
        Version++;
        return Result.Ok();
    }
}
