using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Units;

public sealed class PersonSpecValidator : AbstractValidator<PersonSpec>
{
    public PersonSpecValidator()
    {
        RuleFor(p => p.Name).NotEmpty().WithMessage(_ => DomainText.Get("Person.NameRequired")).MaximumLength(30);
        RuleFor(p => p.IdNumber).Matches(@"^\d{17}[\dXx]$").WithMessage(_ => DomainText.Get("Person.IdNumberFormat"));
        RuleFor(p => p.CardNumber).NotEmpty().WithMessage(_ => DomainText.Get("Card.NumberRequired"));
    }
}
