using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Appointments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CardsAndHall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_UnitCards_Units_UnitId",
                table: "UnitCards");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnitCards",
                table: "UnitCards");

            migrationBuilder.RenameTable(
                name: "UnitCards",
                newName: "Cards");

            migrationBuilder.RenameIndex(
                name: "IX_UnitCards_UnitId",
                table: "Cards",
                newName: "IX_Cards_UnitId");

            migrationBuilder.RenameIndex(
                name: "IX_UnitCards_Number",
                table: "Cards",
                newName: "IX_Cards_Number");

            migrationBuilder.AlterColumn<int>(
                name: "UnitId",
                table: "Cards",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<DateTime>(
                name: "EnabledAtUtc",
                table: "Cards",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");

            // Cards that existed before this migration were all unit cards.
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Cards",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unit");

            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "Cards",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacedByNumber",
                table: "Cards",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusChangedAtUtc",
                table: "Cards",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "StatusNote",
                table: "Cards",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_Cards",
                table: "Cards",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "CardEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardEvents_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CardReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardReads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Signed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CopyReturnedToUnit = table.Column<bool>(type: "INTEGER", nullable: false),
                    CopyKept = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentLetters_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitmentLetters_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HallWindows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClerkId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ClerkName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HallWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HallWindows_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketCounters",
                columns: table => new
                {
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketCounters", x => new { x.DistrictId, x.Date, x.Position });
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AgentCardNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PowerOfAttorney = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ServedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ServedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServedAtWindowId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Visits_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Visits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Tickets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CalledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CallCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowId = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ServedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tickets_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Tickets_HallWindows_WindowId",
                        column: x => x.WindowId,
                        principalTable: "HallWindows",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Tickets_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatterTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Volume = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitLine", x => x.Id);
                    table.CheckConstraint("CK_VisitLines_Volume", "\"Volume\" > 0");
                    table.ForeignKey(
                        name: "FK_VisitLine_MatterTypes_MatterTypeId",
                        column: x => x.MatterTypeId,
                        principalTable: "MatterTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VisitLine_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_PersonId",
                table: "Cards",
                column: "PersonId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Cards_Holder",
                table: "Cards",
                sql: "(\"UnitId\" IS NULL) <> (\"PersonId\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_CardEvents_CardId",
                table: "CardEvents",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_CardReads_AtUtc",
                table: "CardReads",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentLetters_CardId",
                table: "CommitmentLetters",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentLetters_UnitId",
                table: "CommitmentLetters",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HallWindows_DistrictId_Name",
                table: "HallWindows",
                columns: new[] { "DistrictId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_DistrictId",
                table: "People",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_People_IdNumber",
                table: "People",
                column: "IdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_DistrictId_Date_Code",
                table: "Tickets",
                columns: new[] { "DistrictId", "Date", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_DistrictId_Date_Position_Status_QueuedAtUtc",
                table: "Tickets",
                columns: new[] { "DistrictId", "Date", "Position", "Status", "QueuedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_VisitId",
                table: "Tickets",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_WindowId_Status",
                table: "Tickets",
                columns: new[] { "WindowId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitLine_MatterTypeId",
                table: "VisitLine",
                column: "MatterTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitLine_VisitId",
                table: "VisitLine",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_DistrictId",
                table: "Visits",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_PersonId",
                table: "Visits",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_UnitId",
                table: "Visits",
                column: "UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_People_PersonId",
                table: "Cards",
                column: "PersonId",
                principalTable: "People",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_Units_UnitId",
                table: "Cards",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cards_People_PersonId",
                table: "Cards");

            migrationBuilder.DropForeignKey(
                name: "FK_Cards_Units_UnitId",
                table: "Cards");

            migrationBuilder.DropTable(
                name: "CardEvents");

            migrationBuilder.DropTable(
                name: "CardReads");

            migrationBuilder.DropTable(
                name: "CommitmentLetters");

            migrationBuilder.DropTable(
                name: "TicketCounters");

            migrationBuilder.DropTable(
                name: "Tickets");

            migrationBuilder.DropTable(
                name: "VisitLine");

            migrationBuilder.DropTable(
                name: "HallWindows");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Cards",
                table: "Cards");

            migrationBuilder.DropIndex(
                name: "IX_Cards_PersonId",
                table: "Cards");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Cards_Holder",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "ReplacedByNumber",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "StatusChangedAtUtc",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "StatusNote",
                table: "Cards");

            migrationBuilder.RenameTable(
                name: "Cards",
                newName: "UnitCards");

            migrationBuilder.RenameIndex(
                name: "IX_Cards_UnitId",
                table: "UnitCards",
                newName: "IX_UnitCards_UnitId");

            migrationBuilder.RenameIndex(
                name: "IX_Cards_Number",
                table: "UnitCards",
                newName: "IX_UnitCards_Number");

            migrationBuilder.AlterColumn<int>(
                name: "UnitId",
                table: "UnitCards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTime>(
                name: "EnabledAtUtc",
                table: "UnitCards",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnitCards",
                table: "UnitCards",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_UnitCards_Units_UnitId",
                table: "UnitCards",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
