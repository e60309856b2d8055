using Appointments.Domain.Common;
using Appointments.Domain.Documents;
using Appointments.Domain.Processing;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Services.Processing;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Services.Documents;

/// <summary>Issuing the documents of a visit from its recorded outcomes, printing and signing them.</summary>
public sealed class DocumentService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<DocumentService> logger)
{
    /// <summary>Issues, for this visit, one document per kind for the matters that need it and do not
    /// have it yet: a 核定表 for completed matters, an acceptance receipt (with its pickup date) for
    /// matters accepted for review, a processing notice for incomplete ones. Refusals get none.</summary>
    public async Task<Result<IReadOnlyList<Document>>> IssueAsync(int visitId, Actor actor)
    {
        if (!actor.IsIn(Roles.Clerk))
        {
            return Result<IReadOnlyList<Document>>.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitId && v.DistrictId == actor.DistrictId);
        if (visit is null)
        {
            return Result<IReadOnlyList<Document>>.Refuse("Matter.NotInBatch");
        }

        var district = await db.Districts.AsNoTracking().FirstAsync(d => d.Id == visit.DistrictId);
        var today = Shanghai.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var matters = await db.Matters.AsNoTracking().Where(m => m.VisitId == visitId).ToListAsync();
        var documented = (await (
                from l in db.DocumentLines
                join d in db.Documents on l.DocumentId equals d.Id
                where d.VisitId == visitId
                select new { l.MatterId, d.Kind }).ToListAsync())
            .Select(x => (x.MatterId, x.Kind)).ToHashSet();

        var issued = new List<Document>();
        foreach (var group in matters.Select(m => (Matter: m, Kind: DocumentKinds.For(m.State)))
                     .Where(x => x.Kind is { } k && !documented.Contains((x.Matter.Id, k)))
                     .GroupBy(x => x.Kind!.Value))
        {
            var kind = group.Key;
            var number = kind.Number(district.Code, today, await DailyCounters.NextDocumentAsync(db, district.Id, today, kind));
            DateOnly? pickup = null;
            if (kind == DocumentKind.AcceptanceReceipt)
            {
                var closures = (await db.Closures.Where(c => c.DistrictId == district.Id && c.Date > today).Select(c => c.Date).ToListAsync()).ToHashSet();
                pickup = WorkingDays.Add(today, district.PickupWorkingDays, closures);
            }

            var lines = group.OrderBy(x => x.Matter.MatterTypeId).ThenBy(x => x.Matter.Seq)
                .Select(x => new DocumentLine(x.Matter.Id, x.Matter.NameZh, x.Matter.NameEn, x.Matter.Seq,
                    kind == DocumentKind.ProcessingNotice ? x.Matter.Missing : null));
            var document = new Document(kind, number, district.Id, visitId, visit.UnitId, visit.PersonId, lines, pickup, now, actor.UserId, actor.Name);
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            if (kind == DocumentKind.AcceptanceReceipt)
            {
                var ids = group.Select(x => x.Matter.Id).ToList();
                await db.Matters.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u.SetProperty(m => m.ReceiptId, document.Id));
            }

            await ProcessingService.AddEventsAsync(db, group.Select(x => x.Matter.Id).ToList(), "Document",
                group.First().Matter.State, number, now, actor);
            issued.Add(document);
        }

        await tx.CommitAsync();
        logger.LogInformation("Visit {VisitId}: documents {Numbers} issued by {UserId}", visitId, string.Join(",", issued.Select(d => d.Number)), actor.UserId);
        return Result.Ok<IReadOnlyList<Document>>(issued);
    }

    /// <summary>A document with what it prints: the holder's name and code, for staff of its district
    /// and for the HR staff of its unit.</summary>
    public async Task<(Document Document, string Holder, string HolderCode, string DistrictName)?> GetAsync(string number, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var document = await db.Documents.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.Number == number);
        if (document is null || !(actor.IsIn(Roles.UnitHr) ? actor.UnitId == document.UnitId && document.UnitId != null : actor.IsStaff && actor.DistrictId == document.DistrictId))
        {
            return null;
        }

        var district = await db.Districts.Where(d => d.Id == document.DistrictId).Select(d => d.NameZh).FirstAsync();
        if (document.UnitId is { } unitId)
        {
            var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == unitId);
            return (document, unit.Name, unit.Code, district);
        }

        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == document.PersonId);
        return (document, person.Name, person.MaskedIdNumber, district);
    }

    /// <summary>Counts a print; the page marks every print after the first as a reprint.</summary>
    public async Task<Result<int>> RecordPrintAsync(string number, Actor actor)
    {
        if (!actor.IsStaff)
        {
            return Result<int>.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var affected = await db.Documents.Where(d => d.Number == number && d.DistrictId == actor.DistrictId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.PrintCount, d => d.PrintCount + 1)
                .SetProperty(d => d.LastPrintedAtUtc, clock.GetUtcNow().UtcDateTime)
                .SetProperty(d => d.Version, d => d.Version + 1));
        return affected == 1
            ? Result.Ok(await db.Documents.Where(d => d.Number == number).Select(d => d.PrintCount).FirstAsync())
            : Result<int>.Refuse("Document.NotFound");
    }

    /// <summary>Records that the handler checked and signed the document; a document is signed once.</summary>
    public async Task<Result> SignAsync(string number, string handler, Actor actor)
    {
        if (!actor.IsStaff)
        {
            return Result.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Number == number && d.DistrictId == actor.DistrictId);
        if (document is null)
        {
            return Result.Refuse("Document.NotFound");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var signed = document.Sign(handler, now, actor.Name);
        if (!signed.Succeeded)
        {
            return signed;
        }

        // Two desks recording at once: the conditional update lets exactly one signature stand.
        var affected = await db.Documents.Where(d => d.Id == document.Id && d.SignedAtUtc == null).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.SignedByHandler, document.SignedByHandler)
            .SetProperty(d => d.SignedAtUtc, now)
            .SetProperty(d => d.SignatureRecordedByName, actor.Name)
            .SetProperty(d => d.Version, d => d.Version + 1));
        if (affected == 0)
        {
            var current = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == document.Id);
            return Result.Refuse("Document.AlreadySigned", number, current.SignedByHandler ?? "");
        }

        return Result.Ok();
    }
}
