using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Booking;

/// <summary>Volumes are whole numbers of at least 0, with at least one above 0.</summary>
public sealed class DeclarationValidator : AbstractValidator<IReadOnlyList<DeclaredVolume>>
{
    public const int MaxVolume = 100_000;

    public DeclarationValidator()
    {
        RuleFor(lines => lines).Must(lines => lines.Any(l => l.Volume > 0))
            .WithName("Lines").WithMessage(_ => DomainText.Get("Volume.AtLeastOne"));
        RuleFor(lines => lines).Must(lines => lines.Select(l => l.MatterTypeId).Distinct().Count() == lines.Count)
            .WithName("Lines").WithMessage(_ => DomainText.Get("Volume.DuplicateType"));
        RuleForEach(lines => lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Volume).GreaterThanOrEqualTo(0).WithMessage(_ => DomainText.Get("Volume.Negative"))
                .LessThanOrEqualTo(MaxVolume).WithMessage(_ => DomainText.Format("Volume.TooLarge", MaxVolume));
        });
    }
}
