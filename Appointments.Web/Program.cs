using Appointments.Web;
using Appointments.Web.Components;
using Appointments.Web.Data;

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` outside Development serves _content/ and _framework/ only with this (STACK.md).
builder.WebHost.UseStaticWebAssets();
builder.AddPortal();

var app = builder.Build();
await app.PrepareDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPortalEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
