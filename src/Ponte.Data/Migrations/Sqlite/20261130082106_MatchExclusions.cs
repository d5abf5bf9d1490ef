using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchExclusions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchExclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchExclusions_Participants_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchExclusions_Participants_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchExclusions_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchExclusions_MenteeId_MentorId",
                table: "MatchExclusions",
                columns: new[] { "MenteeId", "MentorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchExclusions_MentorId",
                table: "MatchExclusions",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchExclusions_ProgrammeId",
                table: "MatchExclusions",
                column: "ProgrammeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchExclusions");
        }
    }
}
