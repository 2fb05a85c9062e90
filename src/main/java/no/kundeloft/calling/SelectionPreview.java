package no.kundeloft.calling;

/** What a selection would add to a call list, and what it leaves out and why. */
public record SelectionPreview(long added, long alreadyOnList, long doNotCall, long declined) {}
