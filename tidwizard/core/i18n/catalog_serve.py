"""Messages of `tidwizard serve`: the TUI in a browser (its help is in catalog_help.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "serve.serving": {
        "sv": "tidwizard i webbläsaren: öppna {url} (Ctrl-C avslutar)",
        "en": "tidwizard in the browser: open {url} (Ctrl-C ends it)",
    },
    "serve.reach": {
        "sv": "Sidan har ingen inloggning: den som når porten {port} styr programmet. Den "
        "lyssnar bara på 127.0.0.1; från en annan dator: ssh -L {port}:127.0.0.1:{port} "
        "användare@värd",
        "en": "The page has no login: whoever reaches port {port} controls the program. It "
        "listens on 127.0.0.1 only; from another computer: ssh -L {port}:127.0.0.1:{port} "
        "user@host",
    },
    "serve.error.port_range": {
        "sv": "Porten {port} går inte att använda: ange en port mellan 1 och 65535.",
        "en": "Port {port} cannot be used: give a port from 1 to 65535.",
    },
    "serve.error.listen": {
        "sv": "Kunde inte lyssna på {url}: {reason}. Välj en annan port med --port.",
        "en": "Could not listen on {url}: {reason}. Choose another port with --port.",
    },
    "serve.page.start": {"sv": "Starta", "en": "Start"},
    "serve.page.ended": {"sv": "Sessionen är slut.", "en": "Session ended."},
    "serve.page.again": {"sv": "Starta igen", "en": "Start again"},
}
