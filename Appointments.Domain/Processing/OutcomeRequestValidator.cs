using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Processing;

public sealed class OutcomeRequestValidator : AbstractValidator<OutcomeRequest>
{
    public const int MaxMatters = 2000;

    public OutcomeRequestValidator()
    {
        RuleFor(r => r.Matters).NotEmpty().WithMessage(_ => DomainText.Get("Matter.NoneSelected"))
            .Must(m => m.Count <= MaxMatters).WithMessage(_ => DomainText.Format("Matter.TooMany", MaxMatters))
            .Must(m => m.Select(x => x.MatterId).Distinct().Count() == m.Count).WithMessage(_ => DomainText.Get("Matter.NoneSelected"));
        RuleFor(r => r.Missing).NotEmpty().When(r => r.Action == MatterAction.MarkIncomplete)
            .WithMessage(_ => DomainText.Get("Matter.MissingRequired"));
        RuleFor(r => r.Reason).NotEmpty().When(r => r.Action == MatterAction.Refuse)
            .WithMessage(_ => DomainText.Get("Matter.ReasonRequired"))
            .MaximumLength(200).WithMessage(_ => DomainText.Get("Matter.ReasonTooLong"));
    }
}
