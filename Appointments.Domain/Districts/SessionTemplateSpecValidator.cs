using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Districts;

public sealed class SessionTemplateSpecValidator : AbstractValidator<SessionTemplateSpec>
{
    public SessionTemplateSpecValidator()
    {
        RuleFor(s => s.Label).NotEmpty().WithMessage(_ => DomainText.Get("Session.LabelRequired"))
            .MaximumLength(20).WithMessage(_ => DomainText.Get("Session.LabelTooLong"));
        RuleFor(s => s.Capacity).GreaterThan(0).WithMessage(_ => DomainText.Get("Session.CapacityPositive"))
            .LessThanOrEqualTo(100_000).WithMessage(_ => DomainText.Get("Session.CapacityTooLarge"));
        RuleFor(s => s.PhoneSharePercent).InclusiveBetween(0, 100).WithMessage(_ => DomainText.Get("Session.PhoneShareRange"));
        RuleFor(s => s.End).GreaterThan(s => s.Start).WithMessage(_ => DomainText.Get("Session.EndAfterStart"));
        RuleFor(s => s.Weekday).IsInEnum();
    }
}
