using Appointments.Domain.Booking;

namespace Appointments.Tests.Domain.Booking;

public class DeclarationValidatorTests
{
    private static readonly DeclarationValidator Validator = new();

    [Fact]
    public void A_declaration_with_a_volume_above_zero_is_valid() =>
        Assert.True(Validator.Validate([new DeclaredVolume(1, 0), new DeclaredVolume(2, 45)]).IsValid);

    [Fact]
    public void A_negative_volume_is_refused() =>
        Assert.False(Validator.Validate([new DeclaredVolume(1, -1), new DeclaredVolume(2, 45)]).IsValid);

    [Fact]
    public void All_zero_volumes_are_refused() =>
        Assert.False(Validator.Validate([new DeclaredVolume(1, 0), new DeclaredVolume(2, 0)]).IsValid);

    [Fact]
    public void An_empty_declaration_is_refused() => Assert.False(Validator.Validate([]).IsValid);

    [Fact]
    public void The_same_matter_type_twice_is_refused() =>
        Assert.False(Validator.Validate([new DeclaredVolume(1, 5), new DeclaredVolume(1, 5)]).IsValid);

    [Fact]
    public void An_absurd_volume_is_refused() =>
        Assert.False(Validator.Validate([new DeclaredVolume(1, DeclarationValidator.MaxVolume + 1)]).IsValid);
}
