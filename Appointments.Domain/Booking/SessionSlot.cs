namespace Appointments.Domain.Booking;

/// <summary>A bookable session on a date as the booking page shows it.</summary>
public sealed record SessionSlot(int TemplateId, DateOnly Date, string Label, TimeOnly Start, TimeOnly End,
    int Capacity, int PhoneReserved, int Booked, int BookedPhone)
{
    public int Remaining(BookingChannel channel) =>
        SessionCapacity.Remaining(channel, Capacity, PhoneReserved, Booked, BookedPhone);

    public bool Fits(BookingChannel channel, int volume) => volume <= Remaining(channel);
}
