namespace Appointments.Domain.Catalog;

/// <summary>The three kinds of hall position (岗位).</summary>
public enum CounterPosition
{
    SettlementChanges,
    SupplementaryAndBenefits,
    Special,
}
