"""The web: a `Handout` and the records of its leaflet and reading → an accessible page
(`page`), and every handout's records → the catalogue (`catalogue`); `site` holds what
pages share (the Jinja environment, copied fonts, style and script), `languages` how a
handout's translations are named and linked."""
