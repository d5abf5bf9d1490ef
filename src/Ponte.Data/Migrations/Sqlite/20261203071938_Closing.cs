using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Closing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RenewedFromId",
                table: "MentoringProcesses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CloseRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WantsNewMentor = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MentoringProcessId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CloseRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CloseRequests_MentoringProcesses_MentoringProcessId",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CloseRequests_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndividualEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: false),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualEvaluations_MentoringProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndividualEvaluations_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedByParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointEvaluations_MentoringProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointEvaluations_Participants_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeavingSituations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Situation = table.Column<int>(type: "INTEGER", nullable: false),
                    Qualification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LanguageLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    MentoringProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trainings = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeavingSituations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeavingSituations_MentoringProcesses_MentoringProcessId",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LeavingSituations_Participants_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringClosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    MentoringProcessId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringClosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringClosures_MentoringProcesses_MentoringProcessId",
                        column: x => x.MentoringProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Renewals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mentor = table.Column<int>(type: "INTEGER", nullable: false),
                    ToProcessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RenewedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CarriedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Renewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Renewals_MentoringProcesses_FromProcessId",
                        column: x => x.FromProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Renewals_MentoringProcesses_ToProcessId",
                        column: x => x.ToProcessId,
                        principalTable: "MentoringProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Renewals_Participants_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Achievement = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    JointEvaluationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalRatings_JointEvaluations_JointEvaluationId",
                        column: x => x.JointEvaluationId,
                        principalTable: "JointEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RenewalGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromGoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: false),
                    FreeAreaName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RenewalId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RenewalGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RenewalGoals_Renewals_RenewalId",
                        column: x => x.RenewalId,
                        principalTable: "Renewals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses",
                column: "RenewedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_CloseRequests_MentoringProcessId",
                table: "CloseRequests",
                column: "MentoringProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_CloseRequests_ParticipantId",
                table: "CloseRequests",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalRatings_JointEvaluationId",
                table: "GoalRatings",
                column: "JointEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualEvaluations_ParticipantId",
                table: "IndividualEvaluations",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualEvaluations_ProcessId_ParticipantId",
                table: "IndividualEvaluations",
                columns: new[] { "ProcessId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JointEvaluations_MenteeId",
                table: "JointEvaluations",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_JointEvaluations_ProcessId_MenteeId",
                table: "JointEvaluations",
                columns: new[] { "ProcessId", "MenteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeavingSituations_MenteeId",
                table: "LeavingSituations",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_LeavingSituations_MentoringProcessId",
                table: "LeavingSituations",
                column: "MentoringProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringClosures_MentoringProcessId",
                table: "MentoringClosures",
                column: "MentoringProcessId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RenewalGoals_RenewalId",
                table: "RenewalGoals",
                column: "RenewalId");

            migrationBuilder.CreateIndex(
                name: "IX_Renewals_FromProcessId_MenteeId",
                table: "Renewals",
                columns: new[] { "FromProcessId", "MenteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Renewals_MenteeId_ToProcessId",
                table: "Renewals",
                columns: new[] { "MenteeId", "ToProcessId" });

            migrationBuilder.CreateIndex(
                name: "IX_Renewals_ToProcessId",
                table: "Renewals",
                column: "ToProcessId");

            migrationBuilder.AddForeignKey(
                name: "FK_MentoringProcesses_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses",
                column: "RenewedFromId",
                principalTable: "MentoringProcesses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MentoringProcesses_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses");

            migrationBuilder.DropTable(
                name: "CloseRequests");

            migrationBuilder.DropTable(
                name: "GoalRatings");

            migrationBuilder.DropTable(
                name: "IndividualEvaluations");

            migrationBuilder.DropTable(
                name: "LeavingSituations");

            migrationBuilder.DropTable(
                name: "MentoringClosures");

            migrationBuilder.DropTable(
                name: "RenewalGoals");

            migrationBuilder.DropTable(
                name: "JointEvaluations");

            migrationBuilder.DropTable(
                name: "Renewals");

            migrationBuilder.DropIndex(
                name: "IX_MentoringProcesses_RenewedFromId",
                table: "MentoringProcesses");

            migrationBuilder.DropColumn(
                name: "RenewedFromId",
                table: "MentoringProcesses");
        }
    }
}
