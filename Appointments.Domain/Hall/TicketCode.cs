using Appointments.Domain.Catalog;

namespace Appointments.Domain.Hall;

/// <summary>Ticket numbers per position and district, restarting each day: A001 (settlement changes),
/// B001 (supplementary and benefits), C001 (special).</summary>
public static class TicketCode
{
    public static char Prefix(CounterPosition position) => position switch
    {
        CounterPosition.SettlementChanges => 'A',
        CounterPosition.SupplementaryAndBenefits => 'B',
        _ => 'C',
    };

    public static string Format(CounterPosition position, int number) => $"{Prefix(position)}{number:000}";
}
