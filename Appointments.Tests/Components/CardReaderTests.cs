using Appointments.Tests.TestSupport;
using Appointments.Web.Components.Shared;
using Appointments.Web.Services.Cards;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Appointments.Tests.Components;

/// <summary>The card reader as a keyboard-wedge reader uses it: the number typed fast, then Enter.</summary>
public class CardReaderTests : PortalComponentContext
{
    private readonly List<CardIdentity> _reads = [];

    protected override string UserName => "xh.desk";

    protected override void AddServices(IServiceCollection services) => services.AddSingleton(Portal.Get<CardService>());

    private IRenderedComponent<CardReader> Swipe(string number)
    {
        Chinese();
        var cut = Render<CardReader>(p => p
            .Add(x => x.Place, "front-desk")
            .Add(x => x.OnRead, EventCallback.Factory.Create<CardIdentity>(this, _reads.Add)));
        var input = cut.Find("input[data-testid=card-input]");
        input.Input(number);
        input.KeyDown("Enter");
        return cut;
    }

    [Fact]
    public void A_swipe_ending_in_enter_reads_the_card_and_names_the_unit()
    {
        var cut = Swipe(HallHelpers.XuhuiCard1);

        cut.WaitForAssertion(() => Assert.Contains("上海徐汇示例科技有限公司", cut.Find("[data-testid=card-identity]").TextContent));
        Assert.Equal("310104000001", Assert.Single(_reads).Detail);
        Assert.Equal("", cut.Find("input[data-testid=card-input]").GetAttribute("value") ?? "");
    }

    [Theory]
    [InlineData("6222999999999999", "未登记")]
    [InlineData(HallHelpers.NotEnabledCard, "尚未开通持卡办事")]
    [InlineData(HallHelpers.SuspendedCard, "已暂停使用：单位申请挂失")]
    [InlineData(HallHelpers.ReplacedCard, "已换卡，请使用新卡 6222000000000002")]
    [InlineData("62220000", "格式不正确")]
    public void Each_refusal_is_shown_with_its_reason(string number, string reason)
    {
        var cut = Swipe(number);

        cut.WaitForAssertion(() => Assert.Contains(reason, cut.Find("[data-testid=card-refusal]").TextContent));
        Assert.Empty(_reads);
    }
}
