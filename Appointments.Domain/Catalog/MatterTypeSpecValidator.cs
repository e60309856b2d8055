using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Catalog;

public sealed class MatterTypeSpecValidator : AbstractValidator<MatterTypeSpec>
{
    public MatterTypeSpecValidator()
    {
        RuleFor(t => t.Code).NotEmpty().WithMessage(_ => DomainText.Get("Catalog.CodeRequired")).MaximumLength(30);
        RuleFor(t => t.NameZh).NotEmpty().WithMessage(_ => DomainText.Get("Catalog.NameRequired")).MaximumLength(50);
        RuleFor(t => t.NameEn).MaximumLength(100);
        RuleFor(t => t.ReviewLevels).Must(l => l is 0 or 2 or 3).WithMessage(_ => DomainText.Get("Catalog.LevelsRange"));
        RuleFor(t => t.Materials).Must(m => m.Any(x => !string.IsNullOrWhiteSpace(x))).WithMessage(_ => DomainText.Get("Catalog.MaterialsRequired"));
        RuleFor(t => t.Position).IsInEnum();
        RuleFor(t => t.Category).IsInEnum();
    }
}
