"""Create the local admin account once and print its login on every run."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create a superuser 'admin' with a generated password if none exists and print the login. "
        "The password is kept in .admin-password (git-ignored, readable by you only) so that "
        "`make run` can show it again."
    )

    def handle(self, *args, **options):
        user_model = get_user_model()
        password_file = Path(settings.BASE_DIR) / ".admin-password"
        user = user_model.objects.filter(username=USERNAME).first()
        saved = password_file.read_text().strip() if password_file.exists() else ""
        if user is None:
            saved = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(USERNAME, "admin@example.org", saved)
            password_file.write_text(saved + "\n")
            password_file.chmod(0o600)
        elif not (saved and user.check_password(saved)):
            self.stdout.write(
                f"Admin user '{USERNAME}' exists; its password was changed. "
                "Set a new one with: .venv/bin/python manage.py changepassword admin"
            )
            return
        self.stdout.write(
            self.style.SUCCESS(f"Admin login: /admin/  user '{USERNAME}'  password '{saved}'")
        )
