using Appointments.Domain.Booking;
using Appointments.Domain.Catalog;
using Appointments.Domain.Districts;
using Appointments.Domain.Documents;
using Appointments.Domain.Hall;
using Appointments.Domain.Processing;
using Appointments.Domain.Units;
using Appointments.Web.Identity;
using Appointments.Web.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<District> Districts => Set<District>();
    public DbSet<ThresholdChange> ThresholdChanges => Set<ThresholdChange>();
    public DbSet<SessionTemplate> SessionTemplates => Set<SessionTemplate>();
    public DbSet<Closure> Closures => Set<Closure>();
    public DbSet<MatterType> MatterTypes => Set<MatterType>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitCard> UnitCards => Set<UnitCard>();
    public DbSet<CardEvent> CardEvents => Set<CardEvent>();
    public DbSet<CardRead> CardReads => Set<CardRead>();
    public DbSet<CommitmentLetter> CommitmentLetters => Set<CommitmentLetter>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<HallWindow> HallWindows => Set<HallWindow>();
    public DbSet<TicketCounter> TicketCounters => Set<TicketCounter>();
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<MatterEvent> MatterEvents => Set<MatterEvent>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentLine> DocumentLines => Set<DocumentLine>();
    public DbSet<DocumentCounter> DocumentCounters => Set<DocumentCounter>();
    public DbSet<Appointments.Domain.Review.ReviewDecision> ReviewDecisions => Set<Appointments.Domain.Review.ReviewDecision>();
    public DbSet<RoomSession> RoomSessions => Set<RoomSession>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Statuses and kinds stay readable in the database (STYLE.md habit 6).
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
