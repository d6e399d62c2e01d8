"""Touch widgets the screens are built from: keypad, header, buttons, cards, pictures."""
