import { THEME_NAME_MAX_LENGTH, THEME_NAME_MIN_LENGTH } from '@consulta/shared/contracts';
import { krakowSeedThemes, sectionListItems } from './krakow-themes';

describe('Kraków seed themes', () => {
  it('are the list items of the draft’s key elements, long ones named by their part before the colon', () => {
    const themes = krakowSeedThemes();
    expect(themes.map((theme) => theme.name)).toEqual([
      'Świadomi i aktywni mieszkańcy oraz komunikowanie się z mieszkańcami',
      'Współodpowiedzialność',
      'Tworzenie warunków dla rozwoju kapitału społecznego',
      'Współpraca dla biznesu',
      'Powiązanie biznesu z nauką',
      'Inicjowanie i tworzenie warunków',
      'Stworzenie płaszczyzny (przestrzeni publicznej) do wypracowania konsensusu, współpracy i współdziałania',
      'Harmonizowanie, wspólne działanie',
      'Współuczestnictwo',
      'Partnerskie zarządzanie w skali metropolitalnej',
      'Kultura i nowoczesna gospodarka',
    ]);
    expect(themes[6].description).toContain('płaszczyzna dochodzenia do konsensusu');
    for (const theme of themes) {
      expect(theme.name.length).toBeGreaterThanOrEqual(THEME_NAME_MIN_LENGTH);
      expect(theme.name.length).toBeLessThanOrEqual(THEME_NAME_MAX_LENGTH);
    }
  });

  it('reads only the named section, joining continuation lines', () => {
    const markdown = '# T\n\n## A\n\n- one\n- two\n  continued\n\n## B\n\n- other\n';
    expect(sectionListItems(markdown, 'A')).toEqual(['one', 'two continued']);
    expect(sectionListItems(markdown, 'C')).toEqual([]);
  });
});
