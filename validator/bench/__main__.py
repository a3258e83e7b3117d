"""`python -m validator.bench`: see `validator.bench`."""

from validator.bench import main

raise SystemExit(main())
