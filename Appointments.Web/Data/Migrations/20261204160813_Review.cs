using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Appointments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Review : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_DistrictId",
                table: "Documents");

            migrationBuilder.AddColumn<int>(
                name: "ReceiptId",
                table: "Matters",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewReason",
                table: "Matters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewResult",
                table: "Matters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAtUtc",
                table: "Matters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedById",
                table: "Matters",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedByName",
                table: "Matters",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "MaterialsReturnedAtUtc",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReceiptId",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAtUtc",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByName",
                table: "Documents",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_Documents_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_ReceiptId_State",
                table: "Matters",
                columns: new[] { "ReceiptId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DistrictId_Kind_WithdrawnAtUtc",
                table: "Documents",
                columns: new[] { "DistrictId", "Kind", "WithdrawnAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ReceiptId",
                table: "Documents",
                column: "ReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_MatterId",
                table: "ReviewDecisions",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_ReceiptId_Level",
                table: "ReviewDecisions",
                columns: new[] { "ReceiptId", "Level" });

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_Documents_ReceiptId",
                table: "Documents",
                column: "ReceiptId",
                principalTable: "Documents",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Matters_Documents_ReceiptId",
                table: "Matters",
                column: "ReceiptId",
                principalTable: "Documents",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_Documents_ReceiptId",
                table: "Documents");

            migrationBuilder.DropForeignKey(
                name: "FK_Matters_Documents_ReceiptId",
                table: "Matters");

            migrationBuilder.DropTable(
                name: "ReviewDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Matters_ReceiptId_State",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Documents_DistrictId_Kind_WithdrawnAtUtc",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_ReceiptId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReceiptId",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "ReviewReason",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "ReviewResult",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "ReviewedAtUtc",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "ReviewedById",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "ReviewedByName",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "MaterialsReturnedAtUtc",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReceiptId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawnAtUtc",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "WithdrawnByName",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DistrictId",
                table: "Documents",
                column: "DistrictId");
        }
    }
}
