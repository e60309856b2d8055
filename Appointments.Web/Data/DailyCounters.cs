using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Data;

/// <summary>Numbers that restart each day per district and kind (ticket A001…, document HZ…0001): one
/// atomic upsert returns the next, so two desks numbering at the same moment never get the same one.</summary>
public static class DailyCounters
{
    public static Task<int> NextTicketAsync(AppDbContext db, int districtId, DateOnly date, Domain.Catalog.CounterPosition position) =>
        NextAsync(db, "TicketCounters", "Position", districtId, date, position.ToString());

    public static Task<int> NextDocumentAsync(AppDbContext db, int districtId, DateOnly date, Domain.Documents.DocumentKind kind) =>
        NextAsync(db, "DocumentCounters", "Kind", districtId, date, kind.ToString());

    // Table and column names are the two constants above, never input.
    private static async Task<int> NextAsync(AppDbContext db, string table, string keyColumn, int districtId, DateOnly date, string key)
    {
        var sql = $$"""
            INSERT INTO "{{table}}" ("DistrictId", "Date", "{{keyColumn}}", "Last") VALUES ({0}, {1}, {2}, 1)
            ON CONFLICT ("DistrictId", "Date", "{{keyColumn}}") DO UPDATE SET "Last" = "Last" + 1
            RETURNING "Last" AS "Value"
            """;
        var numbers = await db.Database.SqlQueryRaw<int>(sql, districtId, date, key).ToListAsync();
        return numbers.Single();
    }
}
