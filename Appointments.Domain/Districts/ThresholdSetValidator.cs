using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Districts;

/// <summary>Thresholds are whole numbers of at least 1, or empty (not used).</summary>
public sealed class ThresholdSetValidator : AbstractValidator<ThresholdSet>
{
    public ThresholdSetValidator()
    {
        RuleFor(t => t.Total).Must(BeEmptyOrPositive).WithMessage(_ => DomainText.Get("Threshold.AtLeastOne"));
        RuleFor(t => t.NewHire).Must(BeEmptyOrPositive).WithMessage(_ => DomainText.Get("Threshold.AtLeastOne"));
        RuleFor(t => t.BackPayment).Must(BeEmptyOrPositive).WithMessage(_ => DomainText.Get("Threshold.AtLeastOne"));
        RuleFor(t => t.Adjustment).Must(BeEmptyOrPositive).WithMessage(_ => DomainText.Get("Threshold.AtLeastOne"));
        RuleFor(t => t.Retirement).Must(BeEmptyOrPositive).WithMessage(_ => DomainText.Get("Threshold.AtLeastOne"));
    }

    private static bool BeEmptyOrPositive(int? value) => value is null or >= 1;
}
