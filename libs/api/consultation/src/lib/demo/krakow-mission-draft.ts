// Generated from krakow-mission-draft.md (a copy of /work/shared/content/krakow-mission-draft.md) so that the
// text ships inside the webpack-built API; krakow-mission-draft.spec.ts fails when they drift apart.
// To change the text, edit the .md file and paste it between the backticks below (escaping ` \ and ${).
export const KRAKOW_MISSION_DRAFT_MARKDOWN = `---
title: Misja Samorządu Miasta Krakowa — projekt do konsultacji
language: pl
source: protokół warsztatu na temat misji (kontynuacja), spotkanie z 01.10.2013
---

# Misja Samorządu Miasta Krakowa — projekt do konsultacji

## Skąd ten projekt

Podczas warsztatu 1 października 2013 r. uczestnicy kontynuowali pracę nad sformułowaniem
misji samorządu miejskiego w realizacji wizji rozwoju Krakowa w perspektywie nadchodzących lat.
Punktem wyjścia były efekty pracy trzech grup roboczych (A, B, C) z poprzedniego spotkania.
Katalog oczekiwań zawężono do elementów wspólnych dla wszystkich propozycji, a na tej podstawie
moderatorka przygotowała propozycję zapisu misji, wspólnie zmodyfikowaną i dopracowaną przez
wszystkich uczestników. Prosimy o uwagi do każdej części poniższego projektu.

## Misja — przestrzeń współdziałania

Misją Samorządu Miasta Krakowa jest tworzenie wielowymiarowej przestrzeni publicznej w skali
metropolitalnej dla partnerskiego współdziałania mieszkańców i podmiotów z różnych sektorów.

## Misja — rola samorządu

Samorząd inicjuje współpracę, buduje zaufanie i tworzy warunki dla wysokiej jakości życia
poprzez rozwój nowoczesnej gospodarki, kultury i kształtowanie środowiska.

## Misja — podstawa współpracy

Podstawą tej współpracy jest współodpowiedzialność i współuczestnictwo świadomych i aktywnych
obywateli w procesie zrównoważonego rozwoju miasta.

## Elementy kluczowe, wspólne dla wszystkich propozycji

- świadomi i aktywni mieszkańcy oraz komunikowanie się z mieszkańcami
- współodpowiedzialność
- tworzenie warunków dla rozwoju kapitału społecznego
- współpraca dla biznesu
- powiązanie biznesu z nauką
- inicjowanie i tworzenie warunków
- stworzenie płaszczyzny (przestrzeni publicznej) do wypracowania konsensusu, współpracy
  i współdziałania: płaszczyzna wymiany poglądów i płaszczyzna dochodzenia do konsensusu
- harmonizowanie, wspólne działanie
- współuczestnictwo
- partnerskie zarządzanie w skali metropolitalnej
- kultura i nowoczesna gospodarka
`;
