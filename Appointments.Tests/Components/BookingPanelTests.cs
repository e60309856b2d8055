using Appointments.Tests.TestSupport;
using Appointments.Web.Components.Shared;
using Appointments.Web.Services.Booking;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using BookingEntity = Appointments.Domain.Booking.Booking;

namespace Appointments.Tests.Components;

/// <summary>The booking form rendered with bUnit over the real services and a real SQLite file.</summary>
public class BookingPanelTests : PortalComponentContext
{
    protected override string UserName => "xh.hr";

    protected override void AddServices(IServiceCollection services) => services.AddSingleton(Portal.Get<BookingService>());

    private IRenderedComponent<BookingPanel> RenderPanel(Action<BookingEntity>? booked = null)
    {
        Chinese();
        Render<MudPopoverProvider>();
        var cut = Render<BookingPanel>(p => p
            .Add(x => x.UnitId, User.UnitId!.Value)
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
