using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CheckIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NoMeetingAlertDays",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 21);

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SilentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingsHappened = table.Column<bool>(type: "INTEGER", nullable: true),
                    Fit = table.Column<int>(type: "INTEGER", nullable: true),
                    ForOrganisation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_MentoringProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ParticipantId",
                table: "CheckIns",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ProcessId_ParticipantId_Kind_Round",
                table: "CheckIns",
                columns: new[] { "ProcessId", "ParticipantId", "Kind", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_State_SentAt",
                table: "CheckIns",
                columns: new[] { "State", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropColumn(
                name: "NoMeetingAlertDays",
                table: "Programmes");
        }
    }
}
