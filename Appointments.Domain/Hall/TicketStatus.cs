namespace Appointments.Domain.Hall;

public enum TicketStatus
{
    Waiting,
    Called,
    Serving,
    Done,
    NoShow,
}
