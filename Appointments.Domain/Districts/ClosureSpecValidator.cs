using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Districts;

public sealed class ClosureSpecValidator : AbstractValidator<ClosureSpec>
{
    public ClosureSpecValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => DomainText.Get("Closure.ReasonRequired"))
            .MaximumLength(50).WithMessage(_ => DomainText.Get("Closure.ReasonTooLong"));
    }
}
