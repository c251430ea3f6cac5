"""Messages about clients: the pairings of a Tid connection and a company file in one home."""

MESSAGES: dict[str, dict[str, str]] = {
    "clients.choose_one": {
        "sv": "Det här hemmet har flera klienter: {names}. Ange vilken med --client NAMN.",
        "en": "This home has several clients: {names}. Say which one with --client NAME.",
    },
    "clients.unknown": {
        "sv": "Det finns ingen klient som heter {name}. Klienterna är: {names}.",
        "en": "There is no client called {name}. The clients are: {names}.",
    },
    "clients.none_saved": {
        "sv": "Det finns ingen klient som heter {name}; inget är inställt ännu. Kör tidwizard "
        "setup --client {name} för att lägga till den.",
        "en": "There is no client called {name}; nothing is set up yet. Run tidwizard setup "
        "--client {name} to add it.",
    },
    "clients.bad_name": {
        "sv": "Klientnamnet {name} går inte att använda: använd bokstäver, siffror och . _ - "
        "(högst 64 tecken), och börja med en bokstav eller siffra.",
        "en": "The client name {name} cannot be used: use letters, digits and . _ - (at most "
        "64 characters), starting with a letter or a digit.",
    },
}
