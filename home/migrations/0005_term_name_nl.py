"""One Term base for both apps: the Kennisbank's terms name their Dutch label name_nl, as the
social map's do (a rename: the labels stay)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("home", "0004_news_page_tree_order")]

    operations = [
        migrations.RenameField(model_name=model, old_name="name", new_name="name_nl")
        for model in ("publicationkind", "audience", "theme")
    ]
