using Appointments.Domain.Documents;
using Appointments.Domain.Processing;
using Appointments.Tests.TestSupport;
using Appointments.Web.Components.Shared;
using Appointments.Web.Services.Documents;
using Appointments.Web.Services.Processing;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using static Appointments.Tests.TestSupport.ProcessingHelpers;

namespace Appointments.Tests.Components;

/// <summary>Each document as issued from recorded outcomes, rendered as it prints.</summary>
public class DocumentViewTests : PortalComponentContext
{
    protected override string UserName => "xh.clerk";

    protected override void AddServices(IServiceCollection services) { }

    private async Task<IRenderedComponent<DocumentView>> RenderAsync(DocumentKind kind)
    {
        var visitId = await Portal.CheckedInBatchAsync(("NEW-HIRE", 40), ("RETIRE", 3));
        var processing = Portal.Get<ProcessingService>();
        var hires = await Portal.MattersAsync(visitId, "NEW-HIRE");
        await processing.RecordAsync(Outcome(visitId, hires.Take(30), MatterAction.Complete), User);
        await processing.RecordAsync(Outcome(visitId, hires.Skip(30), MatterAction.MarkIncomplete, ["劳动合同"]), User);
        await processing.RecordAsync(Outcome(visitId, await Portal.MattersAsync(visitId, "RETIRE"), MatterAction.AcceptForReview), User);
        var documents = Portal.Get<DocumentService>();
        var number = (await documents.IssueAsync(visitId, User)).Value.Single(d => d.Kind == kind).Number;
        var (document, holder, code, district) = (await documents.GetAsync(number, User))!.Value;

        Chinese();
        return Render<DocumentView>(p => p.Add(x => x.Document, document).Add(x => x.Holder, holder)
            .Add(x => x.HolderCode, code).Add(x => x.DistrictName, district));
    }

    private static void ShowsNumberAndBothCopies(IRenderedComponent<DocumentView> cut, string prefix)
    {
        var copies = cut.FindAll("[data-testid=document-copy]");
        Assert.Equal(2, copies.Count);
        Assert.Contains("单位留存", copies[0].TextContent);
        Assert.Contains("中心留存", copies[1].TextContent);
        Assert.All(cut.FindAll("[data-testid=document-number]"), n => Assert.Contains($"{prefix}XH20261204", n.TextContent));
        Assert.All(copies, c => Assert.Contains("社保结算专用章", c.TextContent));
        Assert.All(copies, c => Assert.Contains("经办人签字", c.TextContent));
    }

    [Fact]
    public async Task The_assessment_form_shows_its_number_both_copies_and_the_completed_matters()
    {
        var cut = await RenderAsync(DocumentKind.AssessmentForm);

        ShowsNumberAndBothCopies(cut, "HD");
        Assert.Contains("核定表", cut.Markup);
        Assert.Contains("1–30", cut.Find("table.doc-lines").TextContent);
        Assert.Contains("新进", cut.Find("table.doc-lines").TextContent);
        Assert.DoesNotContain("退休", cut.Find("table.doc-lines").TextContent);
    }

    [Fact]
    public async Task The_acceptance_receipt_shows_the_matters_and_the_pickup_date()
    {
        var cut = await RenderAsync(DocumentKind.AcceptanceReceipt);

        ShowsNumberAndBothCopies(cut, "HZ");
        Assert.Contains("退休", cut.Find("table.doc-lines").TextContent);
        Assert.All(cut.FindAll("[data-testid=pickup-date]"), p => Assert.Contains("2026-12-18", p.TextContent));
    }

    [Fact]
    public async Task The_processing_notice_lists_the_missing_materials_per_matter()
    {
        var cut = await RenderAsync(DocumentKind.ProcessingNotice);

        ShowsNumberAndBothCopies(cut, "TS");
        var lines = cut.Find("table.doc-lines").TextContent;
        Assert.Contains("31–40", lines);
        Assert.Contains("劳动合同", lines);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 5 }, "1–3、5")]
    [InlineData(new[] { 7 }, "7")]
    [InlineData(new[] { 4, 2, 3, 9, 10 }, "2–4、9–10")]
    public void Matter_numbers_print_as_ranges(int[] numbers, string printed) => Assert.Equal(printed, DocumentView.Ranges(numbers));
}
