import { createTheme } from '@mantine/core';

/**
 * Teal at shade 9 keeps white button text above 4.5:1 contrast (WCAG AA);
 * Mantine's default shade 6 does not.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 7 },
  defaultRadius: 'sm',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Required fields get `required` (aria-required; forms are noValidate, so no browser pop-ups) but no
    // asterisk element: Mantine's aria-hidden " *" span is still label text to getByLabel, so "User ID *"
    // would not match "User ID" exactly. styles.css draws the asterisk with CSS instead.
    InputWrapper: { defaultProps: { withAsterisk: false } },
    // In a table cell a Badge would shrink to "AC…": its label clips, so its minimum width is tiny.
    Badge: { styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } },
    // A closed Select otherwise keeps its (hidden) listbox in the page, labelled like the input, so a
    // label would name two elements.
    Select: { defaultProps: { comboboxProps: { keepMounted: false } } },
    Anchor: { defaultProps: { underline: 'always' } },
    // Mantine labels the eye button "Toggle password visibility", which getByLabel('Password') would also
    // match; this name says what it does without repeating the field's label. Reachable by keyboard.
    PasswordInput: {
      defaultProps: { visibilityToggleFocusable: true, visibilityToggleButtonProps: { 'aria-label': 'Show or hide what you typed' } },
    },
  },
});
