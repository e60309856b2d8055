using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Units;

public sealed class CommitmentLetterSpecValidator : AbstractValidator<CommitmentLetterSpec>
{
    public CommitmentLetterSpecValidator()
    {
        RuleFor(l => l.CardNumber).NotEmpty().WithMessage(_ => DomainText.Get("Card.NumberRequired"));
        RuleFor(l => l.LegalRepresentative).NotEmpty().WithMessage(_ => DomainText.Get("Letter.RepresentativeRequired"))
            .MaximumLength(30).WithMessage(_ => DomainText.Get("Letter.RepresentativeTooLong"));
        RuleFor(l => l.Signed).Equal(true).WithMessage(_ => DomainText.Get("Letter.NotSigned"));
        RuleFor(l => l.Sealed).Equal(true).WithMessage(_ => DomainText.Get("Letter.NotSealed"));
        RuleFor(l => l.CopyReturnedToUnit && l.CopyKept).Equal(true).WithName("Copies").WithMessage(_ => DomainText.Get("Letter.TwoCopies"));
    }
}
