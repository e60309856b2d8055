using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Booking;

public sealed class BookingRequestValidator : AbstractValidator<BookingRequest>
{
    public BookingRequestValidator()
    {
        RuleFor(r => r.UnitId).GreaterThan(0).WithMessage(_ => DomainText.Get("Booking.UnitRequired"));
        RuleFor(r => r.TemplateId).GreaterThan(0).WithMessage(_ => DomainText.Get("Booking.SessionRequired"));
        RuleFor(r => r.IdempotencyKey).NotEmpty();
        RuleFor(r => r.Lines).SetValidator(new DeclarationValidator());
    }
}
