namespace Appointments.Domain.Hall;

public enum TicketAction
{
    Call,
    Recall,
    Serve,
    Transfer,
    NoShow,
    Finish,
}
