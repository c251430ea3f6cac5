import sys

from tidwizard.cli.main import main

sys.exit(main())
