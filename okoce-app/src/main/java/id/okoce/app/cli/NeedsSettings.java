package id.okoce.app.cli;

/** A command that reads the settings (it touches the database): it gets one option per setting. */
public interface NeedsSettings {
}
