// What every area of the site uses: forms, paging, world lists, the page base.
global using Ponte.Web.Features.Shared;
