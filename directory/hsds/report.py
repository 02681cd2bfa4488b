"""What an import found and did, for the command line and the upload page."""

from dataclasses import dataclass, field

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Issue:
    """One problem: the file, the row (1 is the first data row; 0 the file itself), field."""

    file: str
    row: int
    field: str
    message: str
    level: str = ERROR


@dataclass(frozen=True)
class Where:
    """Where a value came from, so a problem deep inside can name its file and row."""

    file: str
    row: int
    path: str = ""

    def at(self, key: str | int) -> "Where":
        if isinstance(key, int):
            return Where(self.file, self.row, f"{self.path}[{key}]")
        return Where(self.file, self.row, f"{self.path}.{key}" if self.path else key)

    def child(self, obj: object, *keys: str | int) -> "Where":
        """Where a nested object is: its own CSV file and row when it has one, else a path."""
        origin = obj.get("__origin__") if isinstance(obj, dict) else None
        if origin:
            return Where(origin[0], origin[1], "")
        out = self
        for key in keys:
            out = out.at(key)
        return out

    def field(self, name: str) -> str:
        return self.at(name).path


@dataclass
class Counts:
    created: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass
class Report:
    """Issues, counts per kind, names of what would change, and whether anything was written."""

    issues: list[Issue] = field(default_factory=list)
    issue_total: int = 0
    counts: dict[str, Counts] = field(default_factory=dict)
    changes: list[tuple[str, str, str, str]] = field(
        default_factory=list
    )  # kind, action, name, fields
    steps: list[str] = field(default_factory=list)
    written: bool = False
    dry_run: bool = True
    published: bool = False
    seconds: float = 0.0
    max_issues: int = 500

    def add(self, issue: Issue) -> None:
        self.issue_total += issue.level == ERROR
        if len(self.issues) < self.max_issues:
            self.issues.append(issue)

    def error(self, file: str, row: int, field_name: str, message: str) -> None:
        self.add(Issue(file, row, field_name, message))

    def warn(self, file: str, row: int, field_name: str, message: str) -> None:
        self.add(Issue(file, row, field_name, message, level=WARNING))

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.level == ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.level == WARNING]

    @property
    def ok(self) -> bool:
        return self.issue_total == 0
