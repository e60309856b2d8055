using Appointments.Domain.Booking;
using Appointments.Domain.Common;

namespace Appointments.Domain.Processing;

public enum ArrivalKind
{
    Early,
    OnTime,
    Late,
}

/// <summary>When a booked unit arrives at the reservation room: early (served, the clerk is told how
/// early), on time, late but within the session (served, noted), or after the session ended (refused:
/// the hall counter or a new booking).</summary>
public sealed record Arrival(ArrivalKind Kind, int Minutes)
{
    public static Result<Arrival> Judge(RoomSession session, DateTime nowLocal)
    {
        var start = session.Date.ToDateTime(session.Start);
        var end = session.Date.ToDateTime(session.End);
        if (nowLocal > end)
        {
            return Result<Arrival>.Refuse("CheckIn.SessionOver", $"{session.Label} {session.Start:HH\\:mm}–{session.End:HH\\:mm}");
        }

        var minutes = (int)Math.Round((nowLocal - start).TotalMinutes);
        return Result.Ok(minutes switch
        {
            < -5 => new Arrival(ArrivalKind.Early, -minutes),
            > 15 => new Arrival(ArrivalKind.Late, minutes),
            _ => new Arrival(ArrivalKind.OnTime, 0),
        });
    }
}
