using System.Globalization;
using System.Security.Claims;
using Appointments.Tests.TestSupport;
using Appointments.Web.Components.Shared;
using Appointments.Web.Identity;
using Appointments.Web.Services.Booking;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using BookingEntity = Appointments.Domain.Booking.Booking;

namespace Appointments.Tests.Components;

/// <summary>The booking form rendered with bUnit over the real services and a real SQLite file.</summary>
public class BookingPanelTests : BunitContext, IAsyncLifetime
{
    private TestPortal _portal = null!;
    private int _unitId;

    public async Task InitializeAsync()
    {
        _portal = await TestPortal.StartAsync();
        var actor = _portal.Actor("xh.hr");
        _unitId = actor.UnitId!.Value;

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(_portal.Get<BookingService>());
        Services.AddScoped<CurrentActor>();
        var auth = AddAuthorization();
        auth.SetAuthorized("xh.hr");
        auth.SetRoles(Roles.UnitHr);
        auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, actor.UserId),
            new Claim(PortalClaims.DisplayName, actor.Name),
            new Claim(PortalClaims.Unit, _unitId.ToString(CultureInfo.InvariantCulture)),
            new Claim(PortalClaims.District, actor.DistrictId!.Value.ToString(CultureInfo.InvariantCulture)));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _portal.DisposeAsync();
    }

    private IRenderedComponent<BookingPanel> RenderPanel(Action<BookingEntity>? booked = null)
    {
        // Set here, in the test's own flow: a culture set in InitializeAsync does not flow back out of it.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Render<MudPopoverProvider>();
        var cut = Render<BookingPanel>(p => p
            .Add(x => x.UnitId, _unitId)
            .Add(x => x.OnBooked, EventCallback.Factory.Create<BookingEntity>(this, b => booked?.Invoke(b))));
        cut.WaitForElement("input[data-testid=volume-NEW-HIRE]");
        return cut;
    }

    [Fact]
    public void The_form_shows_the_verdict_and_its_reason_as_volumes_are_typed()
    {
        var cut = RenderPanel();

        cut.Find("input[data-testid=volume-NEW-HIRE]").Input("45");

        cut.WaitForAssertion(() =>
        {
            var verdict = cut.Find("[data-testid=verdict]").TextContent;
            Assert.Contains("需预约办理", verdict);
            Assert.Contains("新进 45 人，达到本区预约阈值 30", verdict);
        });
        Assert.NotEmpty(cut.FindAll("[data-testid=slot]"));
    }

    [Fact]
    public void A_batch_below_every_threshold_is_sent_to_the_hall_and_cannot_be_booked()
    {
        var cut = RenderPanel();

        cut.Find("input[data-testid=volume-NEW-HIRE]").Input("29");

        cut.WaitForAssertion(() => Assert.Contains("请到结算服务大厅柜台办理", cut.Find("[data-testid=verdict]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=slot]"));
        Assert.True(cut.Find("[data-testid=book]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_negative_volume_is_refused_with_a_message_and_the_book_button_stays_disabled()
    {
        var cut = RenderPanel();

        cut.Find("input[data-testid=volume-NEW-HIRE]").Input("45");
        cut.Find("input[data-testid=volume-RETIRE]").Input("-2");

        cut.WaitForAssertion(() => Assert.Contains("业务量必须是不小于 0 的整数", cut.Find("[data-testid=declaration-errors]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=verdict]"));
        Assert.True(cut.Find("[data-testid=book]").HasAttribute("disabled"));
    }

    [Fact]
    public void Choosing_a_session_and_booking_hands_back_the_booking()
    {
        BookingEntity? booked = null;
        var cut = RenderPanel(b => booked = b);

        cut.Find("input[data-testid=volume-ADJUST]").Input("50");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=slot]")));
        cut.Find("[data-testid=slot][data-date='2026-12-07'][data-label='下午']").Click();
        cut.Find("[data-testid=book]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(booked));
        Assert.Equal(50, booked!.TotalVolume);
        Assert.Equal(new DateOnly(2026, 12, 7), booked.Session.Date);
    }
}
