from jituan_desktop.cli import main

raise SystemExit(main())
