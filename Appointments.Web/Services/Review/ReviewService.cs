using Appointments.Domain.Common;
using Appointments.Domain.Documents;
using Appointments.Domain.Processing;
using Appointments.Domain.Review;
using Appointments.Web.Data;
using Appointments.Web.Identity;
using Appointments.Web.Notifications;
using Appointments.Web.Services.Documents;
using Appointments.Web.Services.Processing;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Services.Review;

/// <summary>Review of pending acceptance receipts at the 2nd and 3rd level, and handing over the
/// results: at the service point when all were approved as declared, otherwise at the business
/// management section; the receipt is then withdrawn.</summary>
public sealed class ReviewService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, OutboxSignal outbox, ILogger<ReviewService> logger)
{
    /// <summary>The receipts with matters waiting at the reviewer's level, own district, oldest first.</summary>
    public async Task<IReadOnlyList<ReceiptItem>> InboxAsync(Actor actor)
    {
        if (!actor.IsIn(Roles.Reviewer) || actor.ReviewLevel is not { } level)
        {
            return [];
        }

        return (await PendingAsync(actor.DistrictId)).Where(r => r.PendingLevel == level).ToList();
    }

    /// <summary>The admin's view: pending receipts per level with their age, and those overdue.</summary>
    public async Task<(IReadOnlyList<BacklogLevel> Levels, IReadOnlyList<ReceiptItem> Receipts)> BacklogAsync(Actor actor)
    {
        if (!actor.IsIn(Roles.DistrictAdmin))
        {
            return ([], []);
        }

        var pending = await PendingAsync(actor.DistrictId);
        var now = clock.GetUtcNow().UtcDateTime;
        var levels = new[] { 2, 3 }.Select(level =>
        {
            var mine = pending.Where(r => r.PendingLevel == level).ToList();
            return new BacklogLevel(level, mine.Count, mine.Sum(r => r.Pending),
                mine.Count == 0 ? null : now - mine.Min(r => r.IssuedAtUtc), mine.Count(r => r.Overdue));
        }).ToList();
        return (levels, pending);
    }

    private async Task<List<ReceiptItem>> PendingAsync(int? districtId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var today = Shanghai.Today(clock);
        var rows = await (
            from m in db.Matters
            where m.DistrictId == districtId && m.ReceiptId != null
                  && (m.State == MatterState.AcceptedForReview || m.State == MatterState.AwaitingLevel3)
            join d in db.Documents on m.ReceiptId equals d.Id
            group m by new { d.Id, d.Number, d.IssuedAtUtc, d.PickupDate, d.UnitId, d.PersonId, m.State } into g
            select new { g.Key.Id, g.Key.Number, g.Key.IssuedAtUtc, g.Key.PickupDate, g.Key.UnitId, g.Key.PersonId, g.Key.State, Count = g.Count() })
            .ToListAsync();
        var units = await db.Units.Where(u => u.DistrictId == districtId).ToDictionaryAsync(u => u.Id, u => u.Name);
        var personIds = rows.Where(r => r.PersonId != null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var people = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
        return rows.Select(r => new ReceiptItem(r.Number,
                r.UnitId is { } u ? units.GetValueOrDefault(u, "") : people.GetValueOrDefault(r.PersonId ?? 0, ""),
                r.IssuedAtUtc, r.PickupDate, r.State == MatterState.AcceptedForReview ? 2 : 3, r.Count, r.PickupDate < today))
            .OrderBy(r => r.IssuedAtUtc).ThenBy(r => r.PendingLevel).ToList();
    }

    /// <summary>A receipt with its matters, their materials and every earlier decision, for staff of its
    /// district and the HR staff of its unit.</summary>
    public async Task<ReceiptDetail?> GetAsync(string number, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var receipt = await db.Documents.AsNoTracking().Include(d => d.Lines)
            .FirstOrDefaultAsync(d => d.Number == number.Trim().ToUpperInvariant() && d.Kind == DocumentKind.AcceptanceReceipt);
        if (receipt is null || !(actor.IsIn(Roles.UnitHr) ? receipt.UnitId != null && actor.UnitId == receipt.UnitId : actor.IsStaff && actor.DistrictId == receipt.DistrictId))
        {
            return null;
        }

        var matters = await db.Matters.AsNoTracking().Where(m => m.ReceiptId == receipt.Id).OrderBy(m => m.MatterTypeId).ThenBy(m => m.Seq).ToListAsync();
        var typeIds = matters.Select(m => m.MatterTypeId).Distinct().ToList();
        var materials = await db.MatterTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => (IReadOnlyList<string>)t.Materials.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var decisions = await db.ReviewDecisions.AsNoTracking().Where(d => d.ReceiptId == receipt.Id).OrderBy(d => d.Id).ToListAsync();
        var answers = await db.Documents.AsNoTracking().Include(d => d.Lines).Where(d => d.ReceiptId == receipt.Id).OrderBy(d => d.Id).ToListAsync();
        var (holder, code) = receipt.UnitId is { } unitId
            ? await db.Units.Where(u => u.Id == unitId).Select(u => ValueTuple.Create(u.Name, u.Code)).FirstAsync()
            : await db.People.Where(p => p.Id == receipt.PersonId).Select(p => ValueTuple.Create(p.Name, "")).FirstAsync();
        return new ReceiptDetail(receipt, holder, code, ReceiptRoutes.Of(matters.Select(m => m.State).ToList(), receipt.WithdrawnAtUtc != null),
            matters, materials, decisions, answers);
    }

    /// <summary>One decision for the chosen matters of a receipt (one, or the whole receipt), at the
    /// reviewer's own level. Each matter must be as the reviewer saw it; a reviewer who decided this
    /// receipt at the other level, or accepted a matter, may not decide. When the receipt's result is
    /// final, the unit is mailed where to go.</summary>
    public async Task<Result<ReceiptRoute>> DecideAsync(string number, IReadOnlyList<MatterVersion> chosen, ReviewAction action, string? detail, Actor actor)
    {
        if (!actor.IsIn(Roles.Reviewer) || actor.ReviewLevel is not (2 or 3) || chosen.Count == 0)
        {
            return Result<ReceiptRoute>.Refuse(chosen.Count == 0 ? "Matter.NoneSelected" : "Access.Forbidden");
        }

        var level = actor.ReviewLevel.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var receipt = await db.Documents.FirstOrDefaultAsync(d => d.Number == number && d.Kind == DocumentKind.AcceptanceReceipt && d.DistrictId == actor.DistrictId);
        if (receipt is null || receipt.WithdrawnAtUtc is not null)
        {
            return Result<ReceiptRoute>.Refuse(receipt is null ? "Document.NotFound" : "Review.Withdrawn", number);
        }

        if (await db.ReviewDecisions.AnyAsync(d => d.ReceiptId == receipt.Id && d.ById == actor.UserId && d.Level != level))
        {
            return Result<ReceiptRoute>.Refuse("Review.TwoLevels", number);
        }

        var ids = chosen.Select(c => c.MatterId).ToList();
        var matters = await db.Matters.Where(m => m.ReceiptId == receipt.Id && ids.Contains(m.Id)).ToListAsync();
        var expected = chosen.ToDictionary(c => c.MatterId, c => c.Version);
        if (matters.Count != ids.Count)
        {
            return Result<ReceiptRoute>.Refuse("Matter.NotInBatch");
        }

        if (matters.FirstOrDefault(m => m.Version != expected[m.Id]) is { } changed)
        {
            return Result<ReceiptRoute>.Refuse("Review.Changed", $"{changed.NameZh} #{changed.Seq}",
                DomainText.Get($"MatterState.{changed.State}"), changed.ReviewedByName ?? "");
        }

        foreach (var matter in matters)
        {
            var reviewed = matter.Review(action, level, detail, now, actor.UserId, actor.Name);
            if (!reviewed.Succeeded)
            {
                return reviewed.Refusal!;
            }

            db.ReviewDecisions.Add(new ReviewDecision(matter.Id, receipt.Id, level, action, detail?.Trim(), now, actor.UserId, actor.Name));
        }

        await ProcessingService.AddEventsAsync(db, ids, $"Review{level}:{action}", matters[0].State, detail, now, actor);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<ReceiptRoute>.Refuse("Review.Changed", number, "", "");
        }

        var all = await db.Matters.Where(m => m.ReceiptId == receipt.Id).ToListAsync();
        var route = ReceiptRoutes.Of(all.Select(m => m.State).ToList(), withdrawn: false);
        if (route != ReceiptRoute.UnderReview && receipt.UnitId is { } unitId)
        {
            var unit = await db.Units.FirstAsync(u => u.Id == unitId);
            var district = await db.Districts.FirstAsync(d => d.Id == receipt.DistrictId);
            db.Outbox.Add(ReviewMail.Compose(receipt, route, all, unit, district, now));
            await db.SaveChangesAsync();
        }

        await tx.CommitAsync();
        if (route != ReceiptRoute.UnderReview)
        {
            outbox.Notify();
        }

        logger.LogInformation("Receipt {Number}: {Count} matters {Action} at level {Level} by {UserId}", number, ids.Count, action, level, actor.UserId);
        return Result.Ok(route);
    }

    /// <summary>Hands over a final result: a 核定表 for the approved matters (with the result as decided
    /// where it differs) and a 告知单 for the rejected ones. All approved as declared is collected at the
    /// service point (the front desk) from the pickup date; anything else at the business management section.</summary>
    public async Task<Result<IReadOnlyList<Document>>> HandOverAsync(string number, Actor actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var receipt = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Number == number && d.Kind == DocumentKind.AcceptanceReceipt && d.DistrictId == actor.DistrictId);
        if (receipt is null)
        {
            return Result<IReadOnlyList<Document>>.Refuse("Document.NotFound");
        }

        var matters = await db.Matters.AsNoTracking().Where(m => m.ReceiptId == receipt.Id).ToListAsync();
        var route = ReceiptRoutes.Of(matters.Select(m => m.State).ToList(), receipt.WithdrawnAtUtc != null);
        var refusal = route switch
        {
            ReceiptRoute.Withdrawn => new Refusal("Review.Withdrawn", number),
            ReceiptRoute.UnderReview => new Refusal("Review.NotFinal", number),
            ReceiptRoute.ServicePoint when !actor.IsIn(Roles.FrontDesk) => new Refusal("Review.GoToServicePoint"),
            ReceiptRoute.ServicePoint when Shanghai.Today(clock) < receipt.PickupDate => new Refusal("Review.TooEarly", receipt.PickupDate!.Value.ToString("yyyy-MM-dd")),
            ReceiptRoute.BusinessSection when !actor.IsIn(Roles.BusinessSection) => new Refusal("Review.GoToBusinessSection"),
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }

        var existing = await db.Documents.AsNoTracking().Include(d => d.Lines).Where(d => d.ReceiptId == receipt.Id).ToListAsync();
        if (existing.Count > 0)
        {
            return Result.Ok<IReadOnlyList<Document>>(existing);
        }

        var district = await db.Districts.AsNoTracking().FirstAsync(d => d.Id == receipt.DistrictId);
        var today = Shanghai.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var issued = new List<Document>();
        foreach (var (kind, group) in new[]
                 {
                     (DocumentKind.AssessmentForm, matters.Where(m => m.State is MatterState.Approved or MatterState.ApprovedDifferent).ToList()),
                     (DocumentKind.RejectionNotice, matters.Where(m => m.State == MatterState.Rejected).ToList()),
                 })
        {
            if (group.Count == 0)
            {
                continue;
            }

            var documentNumber = kind.Number(district.Code, today, await DailyCounters.NextDocumentAsync(db, district.Id, today, kind));
            var lines = group.OrderBy(m => m.MatterTypeId).ThenBy(m => m.Seq).Select(m => new DocumentLine(m.Id, m.NameZh, m.NameEn, m.Seq,
                m.State == MatterState.Rejected ? m.ReviewReason : m.ReviewResult));
            var document = new Document(kind, documentNumber, district.Id, receipt.VisitId, receipt.UnitId, receipt.PersonId, lines, null, now, actor.UserId, actor.Name);
            document.Answers(receipt.Id);
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            await ProcessingService.AddEventsAsync(db, group.Select(m => m.Id).ToList(), "Document", group[0].State, documentNumber, now, actor);
            issued.Add(document);
        }

        await tx.CommitAsync();
        return Result.Ok<IReadOnlyList<Document>>(issued);
    }

    /// <summary>Records that the materials of a 告知单 were handed back (business management section).</summary>
    public async Task<Result> ReturnMaterialsAsync(string noticeNumber, Actor actor)
    {
        if (!actor.IsIn(Roles.BusinessSection))
        {
            return Result.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var affected = await db.Documents.Where(d => d.Number == noticeNumber && d.Kind == DocumentKind.RejectionNotice
                && d.DistrictId == actor.DistrictId && d.MaterialsReturnedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.MaterialsReturnedAtUtc, clock.GetUtcNow().UtcDateTime).SetProperty(d => d.Version, d => d.Version + 1));
        return affected == 1 ? Result.Ok() : Result.Refuse("Document.NotFound");
    }

    /// <summary>Withdraws the receipt once every document handed over for it is signed (and, for a
    /// 告知单, the materials returned). A withdrawn receipt cannot be used again.</summary>
    public async Task<Result> WithdrawAsync(string number, Actor actor)
    {
        if (!(actor.IsIn(Roles.FrontDesk) || actor.IsIn(Roles.BusinessSection)))
        {
            return Result.Refuse("Access.Forbidden");
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var tx = await db.BeginWriteAsync();
        var receipt = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Number == number && d.Kind == DocumentKind.AcceptanceReceipt && d.DistrictId == actor.DistrictId);
        if (receipt is null)
        {
            return Result.Refuse("Document.NotFound");
        }

        var answers = await db.Documents.AsNoTracking().Where(d => d.ReceiptId == receipt.Id).ToListAsync();
        if (answers.Count == 0 || answers.Any(d => d.SignedAtUtc is null || (d.Kind == DocumentKind.RejectionNotice && d.MaterialsReturnedAtUtc is null)))
        {
            return Result.Refuse("Review.NotHandedOver");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var withdrawn = await db.Documents.Where(d => d.Id == receipt.Id && d.WithdrawnAtUtc == null).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.WithdrawnAtUtc, now).SetProperty(d => d.WithdrawnByName, actor.Name).SetProperty(d => d.Version, d => d.Version + 1));
        if (withdrawn == 0)
        {
            return Result.Refuse("Review.Withdrawn", number);
        }

        var ids = await db.Matters.Where(m => m.ReceiptId == receipt.Id).Select(m => m.Id).ToListAsync();
        await db.Matters.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u.SetProperty(m => m.State, MatterState.Collected).SetProperty(m => m.Version, m => m.Version + 1));
        await ProcessingService.AddEventsAsync(db, ids, "Withdraw", MatterState.Collected, number, now, actor);
        await tx.CommitAsync();
        return Result.Ok();
    }

    /// <summary>The unit's receipts and where each stands, for its HR staff.</summary>
    public async Task<IReadOnlyList<(Document Receipt, ReceiptRoute Route)>> ForUnitAsync(Actor actor)
    {
        if (!actor.IsIn(Roles.UnitHr) || actor.UnitId is not { } unitId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var receipts = await db.Documents.AsNoTracking().Where(d => d.UnitId == unitId && d.Kind == DocumentKind.AcceptanceReceipt)
            .OrderByDescending(d => d.Id).ToListAsync();
        var ids = receipts.Select(r => r.Id).ToList();
        var states = (await db.Matters.Where(m => m.ReceiptId != null && ids.Contains(m.ReceiptId.Value)).Select(m => new { m.ReceiptId, m.State }).ToListAsync())
            .ToLookup(m => m.ReceiptId!.Value, m => m.State);
        return receipts.Select(r => (r, ReceiptRoutes.Of(states[r.Id].ToList(), r.WithdrawnAtUtc != null))).ToList();
    }
}
