using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ponte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EntryFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EntryAskedAt",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EntryBirthDate",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntryCitizenship",
                table: "Participants",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryDeclined",
                table: "Participants",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EntryDisability",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryEducation",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryForeignBackground",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryHomeless",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryHostLanguageLevel",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntrySituation",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntrySource",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EntryAskedAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EntryBirthDate",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntryCitizenship",
                table: "Applications",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryDeclined",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EntryDisability",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryEducation",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryForeignBackground",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryHomeless",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntryHostLanguageLevel",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntrySituation",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EntrySource",
                table: "Applications",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EntryAskedAt",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryBirthDate",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryCitizenship",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryDeclined",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryDisability",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryEducation",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryForeignBackground",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryHomeless",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryHostLanguageLevel",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntrySituation",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntrySource",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EntryAskedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryBirthDate",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryCitizenship",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryDeclined",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryDisability",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryEducation",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryForeignBackground",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryHomeless",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntryHostLanguageLevel",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntrySituation",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EntrySource",
                table: "Applications");
        }
    }
}
