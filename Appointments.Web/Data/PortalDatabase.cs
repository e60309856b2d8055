namespace Appointments.Web.Data;

/// <summary>The SQLite connection string, for the few hot reads done without a DbContext.</summary>
public sealed record PortalDatabase(string ConnectionString);
