using Appointments.Domain.Common;
using FluentValidation;

namespace Appointments.Domain.Districts;

public sealed class BookingWindowValidator : AbstractValidator<BookingWindow>
{
    public BookingWindowValidator()
    {
        RuleFor(w => w.MinDaysAhead).GreaterThanOrEqualTo(0).WithMessage(_ => DomainText.Get("Window.MinNonNegative"));
        RuleFor(w => w.MaxDaysAhead).GreaterThanOrEqualTo(w => w.MinDaysAhead).WithMessage(_ => DomainText.Get("Window.MaxAtLeastMin"))
            .LessThanOrEqualTo(366).WithMessage(_ => DomainText.Get("Window.MaxTooFar"));
    }
}
