package com.baokao.seating;

/** An exam room of a site as seating sees it: seats 1..capacity; computer rooms also seat computer-based subjects. */
public record SeatingRoom(long roomId, long siteId, int capacity, boolean computerRoom) {

    public SeatingRoom {
        if (capacity < 0) {
            throw new IllegalArgumentException("room " + roomId + " has a negative capacity: " + capacity);
        }
    }
}
